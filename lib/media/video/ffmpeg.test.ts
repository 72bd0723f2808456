import { describe, expect, it } from 'vitest';
import { ffmpegPath, ffmpegStatusLine, firstWorkingFfmpeg, runFfmpeg } from './ffmpeg';

describe('finding ffmpeg', () => {
  it('uses the npm package’s binary here, and skips candidates that do not run', () => {
    const found = ffmpegPath();
    expect(found).toMatch(/@ffmpeg-installer\/linux-x64\/ffmpeg$/);
    expect(firstWorkingFfmpeg(['/nonexistent/ffmpeg', '/bin/true', null, found])).toBe(found);
    expect(firstWorkingFfmpeg(['/nonexistent/ffmpeg', '/bin/true'])).toBeNull();
  });

  it('says clearly at start when video is off and how to fix it', () => {
    expect(ffmpegStatusLine('/opt/ffmpeg')).toEqual({ ok: true, line: 'Video processing: ffmpeg at /opt/ffmpeg' });
    const missing = ffmpegStatusLine(null);
    expect(missing.ok).toBe(false);
    expect(missing.line).toMatch(/Video processing is OFF.*refused.*npm ci.*apt-get install ffmpeg.*FFMPEG_PATH/);
  });

  it('kills a run that passes its time budget', async () => {
    const run = await runFfmpeg(['-f', 'lavfi', '-i', 'testsrc=size=64x64:rate=5', '-f', 'null', '-'], 300);
    expect(run).toMatchObject({ timedOut: true, code: null });
  });
});
