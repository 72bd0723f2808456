// From an accepted original to what readers get: an H.264/AAC MP4 with its index at the front
// (-movflags +faststart, so playback starts before the whole file has arrived) no larger than
// 1280 px on its long side, and a JPEG poster frame. Runs in the video job, never in a request;
// each ffmpeg run shares one time budget and is killed past it.
import path from 'node:path';
import { runFfmpeg } from './ffmpeg';
import { probeVideo, type VideoProbe } from './probe';

export interface TranscodeOptions {
  /** Total time for transcode + poster + check, in milliseconds. */
  timeoutMs: number;
  /** Output is cut at this length (the upload was checked already; this bounds a lying file). */
  maxSeconds: number;
  /** x264 threads (default 2: the job must leave the server some CPU for readers). */
  threads?: number;
}

export interface Transcoded {
  mp4: string;
  poster: string;
  probe: VideoProbe;
}

export type TranscodeResult = { ok: true; output: Transcoded } | { ok: false; reason: 'timeout' | 'failed'; detail: string };

// Long side at most 1280 px, never enlarged, both sides even (yuv420p needs it).
const SCALE = "scale=w='trunc(min(1,min(1280/iw,1280/ih))*iw/2)*2':h='trunc(min(1,min(1280/iw,1280/ih))*ih/2)*2'";

const lastLines = (stderr: string) => stderr.trim().split(/\r?\n/).slice(-3).join(' | ').slice(0, 500);

export async function transcodeVideo(input: string, outDir: string, options: TranscodeOptions): Promise<TranscodeResult> {
  const deadline = Date.now() + options.timeoutMs;
  const left = () => Math.max(1, deadline - Date.now());
  const mp4 = path.join(outDir, 'web.mp4');
  const poster = path.join(outDir, 'poster.jpg');

  // prettier-ignore
  const encode = await runFfmpeg([
    '-y', '-i', input,
    '-map', '0:v:0', '-map', '0:a:0?',
    '-t', String(options.maxSeconds),
    '-vf', SCALE,
    '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '23', '-profile:v', 'high', '-pix_fmt', 'yuv420p',
    '-threads', String(options.threads ?? 2),
    '-c:a', 'aac', '-b:a', '128k', '-ac', '2',
    '-movflags', '+faststart',
    '-map_metadata', '-1',
    '-f', 'mp4', mp4,
  ], left());
  if (encode.timedOut) return { ok: false, reason: 'timeout', detail: 'transcode' };
  if (encode.code !== 0) return { ok: false, reason: 'failed', detail: lastLines(encode.stderr) };

  const checked = await probeVideo(mp4, left());
  if (!checked.ok) return { ok: false, reason: checked.reason === 'timeout' ? 'timeout' : 'failed', detail: `output ${checked.reason}` };

  // A frame a second in (the first is often black), or the middle of a shorter clip.
  const at = Math.min(1, checked.probe.durationSeconds / 2).toFixed(2);
  const frame = await runFfmpeg(['-y', '-ss', at, '-i', mp4, '-frames:v', '1', '-q:v', '3', '-f', 'image2', '-c:v', 'mjpeg', poster], left());
  if (frame.timedOut) return { ok: false, reason: 'timeout', detail: 'poster' };
  if (frame.code !== 0) return { ok: false, reason: 'failed', detail: lastLines(frame.stderr) };
  return { ok: true, output: { mp4, poster, probe: checked.probe } };
}
