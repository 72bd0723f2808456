import { describe, expect, it } from 'vitest';
import { ffmpegCandidates, ffmpegPath, ffmpegStatusLine, firstWorkingFfmpeg, runFfmpeg } from './ffmpeg';

describe('finding ffmpeg', () => {
  it('prefers FFMPEG_PATH, then the distribution’s ffmpeg, and falls back to the npm package’s old static build', () => {
    expect(ffmpegCandidates({ FFMPEG_PATH: '/opt/ffmpeg' })).toEqual(['/opt/ffmpeg', 'ffmpeg', expect.stringMatching(/@ffmpeg-installer\/linux-x64\/ffmpeg$/)]);
  });

  it('finds a working binary here, and skips candidates that do not run', () => {
    const found = ffmpegPath();
    expect(found).not.toBeNull();
    expect(found).toBe(firstWorkingFfmpeg(ffmpegCandidates()));
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
