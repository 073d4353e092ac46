/** Demo and vendor accounts of a bench database sign in with this. */
export const BENCH_PASSWORD = 'bench-password-123';
/** The server under test runs with this secret, so the seeded tracking PINs check out. */
export const BENCH_SECRET = 'bench-secret-bench-secret-bench-secret-0123456789';
export const BENCH_PIN = '12345678';
export const HOME_UNIT = 'lpse-kota-payakumbuh';
/** The subject of the seeded ticket with 50 messages (the ticket detail scenario). */
export const LONG_CONVERSATION_SUBJECT = 'Percakapan panjang: lima puluh pesan';
