// The canvas's zoom as the CSS variable --canvas-zoom on the flow's element, so that styles can
// keep a size constant on screen (a handle's grab area) whatever the zoom.
import { useStore } from '@xyflow/react';
import { useLayoutEffect } from 'react';

export function ZoomVariable() {
  const zoom = useStore((s) => s.transform[2]);
  const element = useStore((s) => s.domNode);
  useLayoutEffect(() => {
    element?.style.setProperty('--canvas-zoom', String(zoom));
  }, [element, zoom]);
  return null;
}
