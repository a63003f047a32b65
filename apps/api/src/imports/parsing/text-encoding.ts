// Which character encoding a text file uses. Norwegian HR systems write UTF-8 (with or without
// a byte-order mark) or, from older Windows tools and "CSV (semikolonseparert)" in Excel,
// Windows-1252. The rule: a UTF-8 BOM means UTF-8; a file that is valid UTF-8 throughout is
// UTF-8; anything else is read as Windows-1252, where every byte is a character. The whole
// file is checked, not a sample: an export can be plain ASCII for thousands of rows before the
// first "Bjørg" shows whether it is UTF-8.

export type TextEncoding = 'utf-8' | 'windows-1252';

export interface EncodingVerdict {
  encoding: TextEncoding;
  /** The file starts with the UTF-8 byte-order mark (EF BB BF). */
  bom: boolean;
}

export type EncodingProblem = 'UTF16' | 'BINARY' | 'INVALID_UTF8_AFTER_BOM';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function hasUtf8Bom(head: Uint8Array): boolean {
  return UTF8_BOM.every((byte, index) => head[index] === byte);
}

/** UTF-16 by its byte-order mark, or by the zero bytes ASCII text has in UTF-16. */
export function looksLikeUtf16(head: Uint8Array): boolean {
  if (head.length >= 2) {
    if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
      return true;
    }
  }
  const pairs = Math.min(Math.floor(head.length / 2), 256);
  if (pairs < 2) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i += 1) {
    if (head[2 * i] === 0) evenZeros += 1;
    if (head[2 * i + 1] === 0) oddZeros += 1;
  }
  // ASCII letters in UTF-16 leave every other byte zero
  return evenZeros > pairs * 0.4 || oddZeros > pairs * 0.4;
}

/**
 * Reads a file chunk by chunk and decides its encoding at the end; holds no more than the
 * decoder's few bytes of state.
 */
export class EncodingSniffer {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private validUtf8 = true;
  private sawNul = false;
  private head: Uint8Array | null = null;

  push(chunk: Uint8Array): void {
    if (this.head === null) this.head = chunk.subarray(0, 4096);
    if (!this.sawNul && chunk.includes(0)) this.sawNul = true;
    if (!this.validUtf8) return;
    try {
      this.decoder.decode(chunk, { stream: true });
    } catch {
      this.validUtf8 = false;
    }
  }

  finish(): EncodingVerdict | { problem: EncodingProblem } {
    if (this.validUtf8) {
      try {
        this.decoder.decode();
      } catch {
        // a multi-byte character cut off at the very end
        this.validUtf8 = false;
      }
    }
    const head = this.head ?? new Uint8Array(0);
    if (looksLikeUtf16(head)) return { problem: 'UTF16' };
    // Text files never hold NUL; a file that does is a binary format (or UTF-32).
    if (this.sawNul) return { problem: 'BINARY' };
    const bom = hasUtf8Bom(head);
    if (bom && !this.validUtf8) return { problem: 'INVALID_UTF8_AFTER_BOM' };
    return { encoding: this.validUtf8 ? 'utf-8' : 'windows-1252', bom };
  }
}

/** Convenience for a whole buffer (tests, small inputs). */
export function sniffEncoding(bytes: Uint8Array): EncodingVerdict | { problem: EncodingProblem } {
  const sniffer = new EncodingSniffer();
  sniffer.push(bytes);
  return sniffer.finish();
}
