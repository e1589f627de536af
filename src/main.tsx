import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startProject } from './project/startup';
import { installKindStyle } from './shell/install-kind-style';
import './styles.css';

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
