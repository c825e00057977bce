import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// ../react/src/wrapper.tsx is shared with the React 19 project: its imports resolve from this project.
export default defineConfig({ plugins: [react()], resolve: { dedupe: ['react', 'react-dom', 'syria-timeline'] } });
