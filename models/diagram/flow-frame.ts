// A diagram's coordinates turned so that its flow runs down the page, the way edge-detours.ts
// reads a drawing: a diagram in columns flows right (or left, in the second band of a snake), and
// its edges leave a box's side rather than its bottom. `toDown` turns a point into the frame,
// `fromDown` back; both keep straight lines and curves' control points what they are.
import type { Box, Point } from './edge-detours';

export type FlowDirection = 'down' | 'right' | 'left';

export interface FlowFrame {
  toDown(p: Point): Point;
  fromDown(p: Point): Point;
  box(b: Box): Box;
}

const FRAMES: Record<FlowDirection, FlowFrame> = {
  down: {
    toDown: (p) => p,
    fromDown: (p) => p,
    box: (b) => b,
  },
  right: {
    toDown: (p) => ({ x: p.y, y: p.x }),
    fromDown: (p) => ({ x: p.y, y: p.x }),
    box: (b) => ({ x: b.y, y: b.x, width: b.height, height: b.width }),
  },
  left: {
    toDown: (p) => ({ x: p.y, y: -p.x }),
    fromDown: (p) => ({ x: -p.y, y: p.x }),
    box: (b) => ({ x: b.y, y: -(b.x + b.width), width: b.height, height: b.width }),
  },
};

/** The frame in which a diagram flowing in `direction` flows down. */
export function flowFrame(direction: FlowDirection): FlowFrame {
  return FRAMES[direction];
}
