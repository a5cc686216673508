import { OggVorbisDecoder } from '@wasm-audio-decoders/ogg-vorbis';
import { OggOpusDecoder } from 'ogg-opus-decoder';
import { corrupt, unsupported } from './errors';
import { flacDecoder, parseStreamInfo, rescaleFlac } from './flac';
import type { Input, Opened } from './input';

/**
 * Ogg (RFC 3533) holding Vorbis (`@wasm-audio-decoders/ogg-vorbis`), Opus (`ogg-opus-decoder`,
 * always at 48 kHz, the pre-skip dropped) or FLAC: the codec is read from the first page,
 * whatever the stored type says. The decoders trim the last page to its granule position; a
 * stream that stops before its end-of-stream page was cut short.
 */

type Codec = 'vorbis' | 'opus' | 'flac';

interface OggHead {
  codec: Codec;
  sampleRate: number;
  channels: number;
  /** FLAC only: the bits per sample. */
  bits: number;
}

const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));

/** The codec and format from the first page's first packet (its identification header). */
export function parseOggHead(page: Uint8Array): OggHead {
  if (page.byteLength < 28 || ascii(page, 0, 4) !== 'OggS') throw corrupt('The file is not Ogg.');
  const segments = page[26] ?? 0;
  const p = page.subarray(27 + segments);
  const v = new DataView(p.buffer, p.byteOffset, p.byteLength);
  if (p.byteLength >= 16 && ascii(p, 0, 7) === '\x01vorbis') {
    return { codec: 'vorbis', channels: p[11] ?? 0, sampleRate: v.getUint32(12, true), bits: 0 };
  }
  if (p.byteLength >= 19 && ascii(p, 0, 8) === 'OpusHead') {
    return { codec: 'opus', channels: p[9] ?? 0, sampleRate: 48000, bits: 0 };
  }
  if (p.byteLength >= 51 && ascii(p, 0, 5) === '\x7fFLAC' && ascii(p, 9, 13) === 'fLaC') {
    const info = parseStreamInfo(p.subarray(17, 51));
    return { codec: 'flac', channels: info.channels, sampleRate: info.sampleRate, bits: info.bitsPerSample };
  }
  throw unsupported('This Ogg file holds a codec other than Vorbis, Opus or FLAC.');
}

/**
 * Follows the page structure of the bytes going by, without keeping them, to know whether the
 * stream's last page (header type flag 0x04) arrived.
 */
export class OggPages {
  /** Bytes of the current page's header gathered so far. */
  private header = new Uint8Array(27 + 255);
  private have = 0;
  private skipping = 0;
  /** The page being skipped is the stream's last. */
  private last = false;
  /** The last page arrived whole. */
  ended = false;

  push(bytes: Uint8Array): void {
    let at = 0;
    while (at < bytes.byteLength) {
      if (this.skipping > 0) {
        const n = Math.min(this.skipping, bytes.byteLength - at);
        this.skipping -= n;
        at += n;
        if (this.skipping === 0) this.ended = this.last;
        continue;
      }
      const fixed = this.have < 27;
      const need = fixed ? 27 : 27 + (this.header[26] ?? 0);
      const n = Math.min(need - this.have, bytes.byteLength - at);
      this.header.set(bytes.subarray(at, at + n), this.have);
      this.have += n;
      at += n;
      if (this.have < need) continue;
      if (fixed && ascii(this.header, 0, 4) !== 'OggS') throw corrupt('The Ogg pages are damaged.');
      if (fixed && (this.header[26] ?? 0) > 0) continue;
      let body = 0;
      for (let i = 0; i < need - 27; i++) body += this.header[27 + i] ?? 0;
      this.last = ((this.header[5] ?? 0) & 0x04) !== 0;
      this.ended = body === 0 && this.last;
      this.skipping = body;
      this.have = 0;
    }
  }
}

interface Decoded {
  channelData: Float32Array[];
  samplesDecoded: number;
  errors: { message: string }[];
}

export async function openOgg(input: Input): Promise<Opened> {
  const start = await input.peek(27);
  if (start.byteLength < 27 || ascii(start, 0, 4) !== 'OggS') throw corrupt('The file is not Ogg.');
  const head = parseOggHead(await input.peek(27 + (start[26] ?? 0) + 64));
  if (head.channels === 0 || head.sampleRate === 0)
    throw corrupt('The Ogg header gives no channels or no sample rate.');

  let decode: (bytes: Uint8Array) => Promise<Decoded>;
  let flush: () => Promise<Decoded>;
  let free: () => void;
  if (head.codec === 'vorbis') {
    const d = new OggVorbisDecoder();
    await d.ready;
    decode = (bytes) => d.decode(bytes);
    flush = () => d.flush();
    free = () => d.free();
  } else if (head.codec === 'opus') {
    const d = new OggOpusDecoder();
    await d.ready;
    decode = async (bytes) => d.decode(bytes);
    flush = () => d.flush();
    free = () => d.free();
  } else {
    const f = await flacDecoder();
    decode = async (bytes) => rescaleOut(await f.decoder.decode(bytes), head.bits);
    flush = async () => rescaleOut(await f.decoder.flush(), head.bits);
    free = f.free;
  }
  let freed = false;
  const close = () => {
    if (!freed) free();
    freed = true;
  };
  const pages = new OggPages();
  const { channels } = head;

  async function* pieces(): AsyncGenerator<Float32Array[]> {
    const check = (out: Decoded) => {
      if (out.errors.length > 0) throw corrupt(`The ${head.codec} data is damaged (${out.errors[0]?.message}).`);
      return out.samplesDecoded > 0 ? out.channelData.slice(0, channels) : null;
    };
    for (let bytes = await input.gather(); bytes; bytes = await input.gather()) {
      pages.push(bytes);
      const out = check(await decode(bytes));
      if (out) yield out;
    }
    const out = check(await flush());
    if (out) yield out;
    if (!pages.ended) throw corrupt('The Ogg stream stops before its last page.');
  }
  return { format: { sampleRate: head.sampleRate, channels }, pieces: pieces(), close };
}

function rescaleOut(out: Decoded, bits: number): Decoded {
  rescaleFlac(out.channelData, bits);
  return out;
}
