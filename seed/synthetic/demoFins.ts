/**
 * FINs of the five demo citizens, in index order: population index i (0..4) is always
 * DEMO_FINS[i], whatever the seed. Front-end teams and the demo script rely on them.
 *
 * 0 `5ZK7P2Q` old-age pensioner · 1 `3HRT9WX` unemployed on benefit and public works ·
 * 2 `7DMV4LA` degree II disability · 3 `2NXC8FE` child with limited health capacity ·
 * 4 `9BQ6YTJ` known to the population registry only.
 */
export const DEMO_FINS = ['5ZK7P2Q', '3HRT9WX', '7DMV4LA', '2NXC8FE', '9BQ6YTJ'] as const;

export type DemoFin = (typeof DEMO_FINS)[number];
