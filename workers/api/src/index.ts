import { createApp } from './app';
import type { Bindings } from './env';

export const app = createApp();

export default app satisfies ExportedHandler<Bindings>;
