import { createRoot } from 'react-dom/client';
import { TagApp } from './tag.js';
import { WrapperApp } from './wrapper.js';

createRoot(document.getElementById('root')!).render(
  <>
    <WrapperApp />
    <TagApp />
  </>,
);
