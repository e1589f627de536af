import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The tokens, the page and the shared controls come first; each feature imports its own stylesheet.
import './theme.css';
import './base.css';
import './controls/controls.css';
import { App } from './App';
import { startProject } from './project/startup';
import { installKindStyle } from './shell/install-kind-style';
import { installTheme } from './shell/theme-choice';

installTheme();
installKindStyle();
// The autosave is read (from IndexedDB) before the first render, so the user never edits the
// example while their own project is still loading.
void startProject().then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
