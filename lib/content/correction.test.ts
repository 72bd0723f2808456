import { describe, expect, it } from 'vitest';
import { correctionToRecord } from './correction';

describe('the correction a version adds when it goes live', () => {
  it('is its note, trimmed, when it differs from the last one recorded for the story', () => {
    expect(correctionToRecord({ correction: '  Bản trước ghi nhầm địa điểm. ' }, undefined)).toBe('Bản trước ghi nhầm địa điểm.');
    expect(correctionToRecord({ correction: 'Sửa ngày họp.' }, 'Bản trước ghi nhầm địa điểm.')).toBe('Sửa ngày họp.');
  });

  it('is nothing when the note is carried over unchanged, or there is none', () => {
    expect(correctionToRecord({ correction: ' Sửa ngày họp. ' }, 'Sửa ngày họp.')).toBeNull();
    expect(correctionToRecord({ correction: '   ' }, 'Sửa ngày họp.')).toBeNull();
    expect(correctionToRecord({}, undefined)).toBeNull();
    expect(correctionToRecord(null, undefined)).toBeNull();
  });
});
