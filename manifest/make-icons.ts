import { mkdirSync, writeFileSync } from 'node:fs';
import { renderIcon } from './icon-renderer';
import { encodePng } from './png-encoder';

/**
 * `npm run icons`: renders every icon from the one mark in icon-source.ts — the Teams colour (192)
 * and outline (32) icons for the package, and the Outlook ribbon icons served with the web app.
 */
mkdirSync('manifest/icons', { recursive: true });
mkdirSync('addin/public/icons', { recursive: true });
writeFileSync('manifest/icons/color.png', encodePng(192, 192, renderIcon(192, 'color')));
writeFileSync('manifest/icons/outline.png', encodePng(32, 32, renderIcon(32, 'outline')));
for (const size of [16, 32, 80]) {
  writeFileSync(`addin/public/icons/icon-${size}.png`, encodePng(size, size, renderIcon(size, 'color')));
}
console.log('icons → manifest/icons/{color,outline}.png, addin/public/icons/icon-{16,32,80}.png');
