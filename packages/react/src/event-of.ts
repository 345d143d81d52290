/** The event class a tag dispatches under `name`, as the elements declare it in `HTMLElementEventMap`. */
export type EventOf<N extends string> = N extends keyof HTMLElementEventMap ? HTMLElementEventMap[N] : Event;
