// Compiles the engine's WebAssembly kernel (lib/model/kernel/kernel.as.ts, AssemblyScript) and
// writes its bytes, in base64, into lib/model/kernel/kernel-wasm.ts (ADR 092). The bytes are
// committed, so installing and serving need no compiler; a test compiles the source again and
// fails if they differ. Run: npm run build:kernel
import { writeFileSync } from 'node:fs';
import { compileKernel, KERNEL_MODULE_PATH, kernelModuleText } from '../tests/support/kernel-build';

const bytes = await compileKernel();
writeFileSync(KERNEL_MODULE_PATH, kernelModuleText(bytes));
console.log(`kernel: ${bytes.length} bytes → ${KERNEL_MODULE_PATH}`);
