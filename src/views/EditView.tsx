// The Edit view: palette, canvas, inspector; toolbar and variant tabs above.
import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from '../canvas/Canvas';
import { Inspector } from '../inspector/Inspector';
import { Palette } from '../palette/Palette';
import { Toolbar } from '../shell/Toolbar';
import { VariantTabs } from '../shell/VariantTabs';

export function EditView() {
  return (
    <ReactFlowProvider>
      <div className="edit-view">
        <div className="edit-bar">
          <VariantTabs />
          <Toolbar />
        </div>
        <div className="edit-body">
          <Palette />
          <Canvas />
          <Inspector />
        </div>
      </div>
    </ReactFlowProvider>
  );
}
