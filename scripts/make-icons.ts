/** `npm run icons`: draws appPackage/color.png and appPackage/outline.png (see lib/icons.ts). */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './lib/paths';
import { drawColorIcon, drawOutlineIcon, encodePng } from './lib/icons';

const dir = path.join(REPO_ROOT, 'appPackage');
writeFileSync(path.join(dir, 'color.png'), encodePng(drawColorIcon()));
writeFileSync(path.join(dir, 'outline.png'), encodePng(drawOutlineIcon()));
console.log('Wrote appPackage/color.png (192×192) and appPackage/outline.png (32×32).');
