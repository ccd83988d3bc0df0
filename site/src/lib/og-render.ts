import sharp from 'sharp';
import { OG_FONT_FAMILY, OG_HEIGHT, OG_LOGO_BOX, OG_WIDTH, type OgImageSpec, ogImageSvg } from './og-image';

/**
 * Drawing the Open Graph images with sharp (librsvg for the SVG, fontconfig for the fonts): build-time only, never
 * in a browser. The fonts are the machine's own (DejaVu Sans or Liberation Sans on Debian); nothing is downloaded.
 */

/**
 * Whether fontconfig finds a real font for the images: without one, librsvg draws every character as the same box
 * (tofu), so « iiiiiiiiii » and « WWWWWWWWWW » come out equally wide.
 */
export async function fontsAvailable(): Promise<boolean> {
  const width = async (text: string): Promise<number> => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="80"><text x="10" y="56" font-family="${OG_FONT_FAMILY.replaceAll('"', '')}" font-size="40" font-weight="700" fill="#000">${text}</text></svg>`;
    try {
      const { info } = await sharp(Buffer.from(svg)).trim().toBuffer({ resolveWithObject: true });
      return info.width;
    } catch {
      return 0; // nothing drawn at all: trim() has nothing to keep
    }
  };
  const [narrow, wide] = await Promise.all([width('iiiiiiiiii'), width('WWWWWWWWWW')]);
  return narrow > 0 && wide > narrow * 1.5;
}

/** A logo as a PNG that fits the logo box (aspect kept, transparent margins), or undefined when it cannot be read. */
export async function prepareLogo(bytes: Uint8Array, mime: string | undefined): Promise<Buffer | undefined> {
  try {
    const vector = mime === 'image/svg+xml' || /^\s*(?:<\?xml|<svg)/i.test(Buffer.from(bytes.subarray(0, 256)).toString('utf8'));
    // A vector logo is rasterised large enough to stay sharp once reduced to the box.
    return await sharp(bytes, vector ? { density: 300 } : {})
      .resize(OG_LOGO_BOX.size, OG_LOGO_BOX.size, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
      .png()
      .toBuffer();
  } catch {
    return undefined;
  }
}

/** The image (PNG, 1200×630) of a spec; `logo` is what prepareLogo() made of the spec's logo, if anything. */
export async function renderOgImage(spec: OgImageSpec, options: { logo?: Buffer | undefined; text: boolean }): Promise<Buffer> {
  const svg = ogImageSvg(spec, { logo: options.logo !== undefined, text: options.text });
  let image = sharp(Buffer.from(svg));
  if (options.logo) image = image.composite([{ input: options.logo, left: OG_LOGO_BOX.left, top: OG_LOGO_BOX.top }]);
  // Plain PNG at zlib level 7: ~45 kB, ~25 ms; palette quantisation would halve the size at ten times the time.
  const png = await image.png({ compressionLevel: 7 }).toBuffer();
  // The composite keeps the SVG's size; a check costs nothing next to the drawing.
  const meta = await sharp(png).metadata();
  if (meta.width !== OG_WIDTH || meta.height !== OG_HEIGHT) throw new Error(`Open Graph image of ${meta.width}×${meta.height}`);
  return png;
}
