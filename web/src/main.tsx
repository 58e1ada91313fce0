import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'antd/dist/reset.css';
import './global.css'; // after antd's reset: app-wide rules (long names wrap in table cells)
import './i18n'; // first: the texts are ready before the first render
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
