/** Lets the browser run `count` rendering steps, where IntersectionObserver reports. */
export async function frames(count = 3): Promise<void> {
  for (let i = 0; i < count; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
}
