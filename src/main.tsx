import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startProject } from './project/startup';
import { installKindStyle } from './shell/install-kind-style';
import './styles.css';

installKindStyle();
startProject();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
