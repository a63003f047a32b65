import { crc32 as nodeCrc32 } from 'node:zlib';
import { crc32, createZip } from './zip';

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

interface ReadEntry {
  path: string;
  data: Uint8Array;
  crc: number;
  method: number;
  time: number;
  date: number;
}

/** Reads a ZIP the way unzip does: from the end record through the central directory. */
function readZip(zip: Uint8Array): ReadEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  const centralSize = view.getUint32(end + 12, true);
  let at = view.getUint32(end + 16, true);
  expect(at + centralSize).toBe(end);
  const entries: ReadEntry[] = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const method = view.getUint16(at + 10, true);
    const time = view.getUint16(at + 12, true);
    const date = view.getUint16(at + 14, true);
    const crc = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const localAt = view.getUint32(at + 42, true);
    const path = decode(zip.subarray(at + 46, at + 46 + nameLength));
    expect(view.getUint32(localAt, true)).toBe(0x04034b50);
    expect(view.getUint32(localAt + 14, true)).toBe(crc);
    const localName = view.getUint16(localAt + 26, true);
    const dataAt = localAt + 30 + localName + view.getUint16(localAt + 28, true);
    entries.push({ path, data: zip.subarray(dataAt, dataAt + size), crc, method, time, date });
    at += 46 + nameLength;
  }
  return entries;
}

describe('crc32', () => {
  it('gives the standard check value', () => {
    expect(crc32(encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('agrees with zlib on text with æøå', () => {
    const data = encode('Kompetansegap i Gjøvik, Østre Toten og Søndre Land – å ha eller ikke');
    expect(crc32(data)).toBe(nodeCrc32(data));
  });
});

describe('createZip', () => {
  it('stores every entry so it reads back byte for byte', () => {
    const files = [
      { path: '[Content_Types].xml', data: encode('<Types/>') },
      { path: 'xl/worksheets/sheet1.xml', data: encode('<worksheet>æøå</worksheet>') },
      { path: 'empty.txt', data: new Uint8Array() },
    ];
    const entries = readZip(createZip(files, new Date(2026, 10, 22, 14, 5, 30)));
    expect(entries.map((entry) => entry.path)).toEqual(files.map((file) => file.path));
    entries.forEach((entry, i) => {
      expect(entry.method).toBe(0);
      expect(decode(entry.data)).toBe(decode(files[i].data));
      expect(entry.crc).toBe(nodeCrc32(files[i].data));
    });
  });

  it('writes the modification time as MS-DOS date and time', () => {
    const [entry] = readZip(
      createZip([{ path: 'a', data: encode('a') }], new Date(2026, 10, 22, 14, 5, 30)),
    );
    expect(entry.date).toBe(((2026 - 1980) << 9) | (11 << 5) | 22);
    expect(entry.time).toBe((14 << 11) | (5 << 5) | 15);
  });

  it('writes an empty archive as just the end record', () => {
    expect(createZip([])).toHaveLength(22);
  });
});
