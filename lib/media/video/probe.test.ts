import { describe, expect, it } from 'vitest';
import { parseProbeReport } from './probe';

const report = (header: string, lastTime: string) =>
  [
    "Input #0, mov,mp4,m4a,3gp,3g2,mj2, from 'in.mp4':",
    '  Metadata:',
    '    major_brand     : isom',
    `  Duration: ${header}, start: 0.000000, bitrate: 174 kb/s`,
    '    Stream #0:0(und): Video: h264 (High) (avc1 / 0x31637661), yuv420p, 1920x1080 [SAR 1:1 DAR 16:9], 93 kb/s, 25 fps (default)',
    '    Stream #0:1(und): Audio: aac (LC) (mp4a / 0x6134706D), 44100 Hz, stereo, fltp, 69 kb/s (default)',
    "Output #0, null, to 'pipe:':",
    '    Stream #0:0(und): Video: h264 (High), yuv420p, 1920x1080, q=2-31 (default)',
    'Stream mapping:',
    '  Stream #0:0 -> #0:0 (copy)',
    `frame=  100 fps=0.0 q=-1.0 size=N/A time=00:00:01.50 bitrate=N/A speed=1e+03x    \rframe=  250 fps=0.0 q=-1.0 Lsize=N/A time=${lastTime} bitrate=N/A speed=5e+03x`,
  ].join('\n');

describe('parseProbeReport', () => {
  it('reads container, codecs, size, and the longer of the header’s and the packets’ duration', () => {
    expect(parseProbeReport(report('00:00:10.00', '00:00:09.96'))).toEqual({
      container: 'mov,mp4,m4a,3gp,3g2,mj2',
      videoCodec: 'h264',
      audioCodec: 'aac',
      width: 1920,
      height: 1080,
      durationSeconds: 10,
    });
    // A header that claims 1 second for what is really an hour and a half.
    expect(parseProbeReport(report('00:00:01.00', '01:30:00.00'))?.durationSeconds).toBe(5400);
    // WebM from a browser recorder often has no duration in its header.
    expect(parseProbeReport(report('N/A', '00:00:07.25'))?.durationSeconds).toBe(7.25);
  });

  it('returns null when ffmpeg found no input or no picture', () => {
    expect(parseProbeReport('in.mp4: Invalid data found when processing input')).toBeNull();
    expect(parseProbeReport("Input #0, mp3, from 'a.mp3':\n  Duration: 00:03:00.00\n    Stream #0:0: Audio: mp3, 44100 Hz\n")).toBeNull();
  });
});
