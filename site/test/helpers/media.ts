import { deflateSync } from 'node:zlib';

/** Uploads files to the media library as an editor does in the admin (`POST /upload`, admin session). */
export interface MediaLibrary {
  upload(name: string, bytes: Uint8Array, mime: string): Promise<{ id: number; documentId: string; url: string }>;
  /** Changes a file's alternative text, as the media library's edit dialog does. */
  setAlternativeText(id: number, alternativeText: string): Promise<void>;
}

export async function mediaLibrary(url: string, email: string, password: string): Promise<MediaLibrary> {
  const base = url.replace(/\/+$/, '');
  const login = await fetch(`${base}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await login.json()) as { data?: { token?: string; accessToken?: string } };
  const token = body.data?.accessToken ?? body.data?.token;
  if (!login.ok || !token) throw new Error(`admin login failed (${login.status})`);

  const send = async (path: string, form: FormData) => {
    const response = await fetch(`${base}${path}`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
    const text = await response.text();
    if (!response.ok) throw new Error(`POST ${path} failed (${response.status}): ${text.slice(0, 400)}`);
    return JSON.parse(text) as unknown;
  };

  return {
    async upload(name, bytes, mime) {
      const form = new FormData();
      form.append('files', new Blob([new Uint8Array(bytes)], { type: mime }), name);
      const files = (await send('/upload', form)) as Array<{ id: number; documentId: string; url: string }>;
      return files[0]!;
    },
    async setAlternativeText(id, alternativeText) {
      const form = new FormData();
      form.append('fileInfo', JSON.stringify({ alternativeText }));
      await send(`/upload?id=${id}`, form);
    },
  };
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'ascii'), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A real PNG of one colour, `width` × `height`, so that the site's image pipeline can transform it. */
export function pngOf(width: number, height: number, rgb: [number, number, number]): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set(rgb, 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}
