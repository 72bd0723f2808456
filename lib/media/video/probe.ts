// What ffmpeg makes of a file: its container, whether it has a picture and sound, its size and how
// long it really lasts. ffmpeg (not ffprobe: @ffmpeg-installer ships ffmpeg only) reads the header
// and then every video packet without decoding (-c copy to the null muxer), so a header that
// claims 1 second for an hour of video does not get past the duration limit.
import { runFfmpeg } from './ffmpeg';

export interface VideoProbe {
  /** ffmpeg's demuxer, e.g. "mov,mp4,m4a,3gp,3g2,mj2" or "matroska,webm". */
  container: string;
  videoCodec: string;
  audioCodec: string | null;
  width: number;
  height: number;
  durationSeconds: number;
}

export type ProbeResult = { ok: true; probe: VideoProbe } | { ok: false; reason: 'unreadable' | 'no_video' | 'timeout' };

const seconds = (h: string, m: string, s: string) => Number(h) * 3600 + Number(m) * 60 + Number(s);

/** PURE. Reads ffmpeg's report of `-i <file> -map 0:v:0 -c copy -f null -`. */
export function parseProbeReport(report: string): VideoProbe | null {
  const text = report.replace(/\r/g, '\n');
  const inputStart = text.search(/^Input #0, /m);
  if (inputStart < 0) return null;
  const inputEnd = text.search(/^(?:Output #0|Stream mapping:)/m);
  const input = text.slice(inputStart, inputEnd > inputStart ? inputEnd : undefined);
  const container = /^Input #0, ([^,]+(?:,[^,\s]+)*), from /m.exec(input)?.[1] ?? '';
  const video = /Stream #0:\d+[^:]*: Video: (\w+)[^\n]*?, (\d{1,5})x(\d{1,5})/.exec(input);
  if (!video) return null;
  const audio = /Stream #0:\d+[^:]*: Audio: (\w+)/.exec(input);
  const header = /Duration: (\d+):(\d{2}):(\d{2}(?:\.\d+)?)/.exec(input);
  // The progress lines after the input report: the last one has the time of the last packet read.
  let counted = 0;
  for (const m of text.slice(inputEnd > 0 ? inputEnd : 0).matchAll(/time=(\d+):(\d{2}):(\d{2}(?:\.\d+)?)/g)) counted = seconds(m[1]!, m[2]!, m[3]!);
  return {
    container,
    videoCodec: video[1]!,
    audioCodec: audio?.[1] ?? null,
    width: Number(video[2]),
    height: Number(video[3]),
    durationSeconds: Math.max(header ? seconds(header[1]!, header[2]!, header[3]!) : 0, counted),
  };
}

/** Probes a file on disk. Throws FfmpegMissing when there is no ffmpeg. */
export async function probeVideo(file: string, timeoutMs: number): Promise<ProbeResult> {
  const run = await runFfmpeg(['-i', file, '-map', '0:v:0', '-c', 'copy', '-f', 'null', '-'], timeoutMs);
  if (run.timedOut) return { ok: false, reason: 'timeout' };
  const probe = parseProbeReport(run.stderr);
  if (!probe) return { ok: false, reason: /^Input #0, /m.test(run.stderr) ? 'no_video' : 'unreadable' };
  if (run.code !== 0) return { ok: false, reason: 'unreadable' };
  return { ok: true, probe };
}
