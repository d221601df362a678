import { requireNewPassword } from './password';

describe('requireNewPassword', () => {
  it('takes 12 to 1024 characters', () => {
    expect(requireNewPassword('newPassword', 'x'.repeat(12))).toBe('x'.repeat(12));
    expect(requireNewPassword('newPassword', 'x'.repeat(1024))).toHaveLength(1024);
  });

  it('refuses shorter, longer or missing passwords naming the field', () => {
    for (const p of ['x'.repeat(11), 'x'.repeat(1025), '', null, undefined]) {
      expect(() => requireNewPassword('newPassword', p)).toThrow(
        expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'newPassword' }),
      );
    }
  });
});
