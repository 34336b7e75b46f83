/** `n` and a noun agreeing with it: "1 divergence", "2 divergences". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
