import { createRoot } from 'react-dom/client';
// The wrapper app of the React 19 project, built here against React 18.
import { WrapperApp } from '../react/src/wrapper.tsx';

createRoot(document.getElementById('root')).render(<WrapperApp />);
