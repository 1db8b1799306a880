/**
 * The arguments of an ICU message, read from its text at compile time, so `t(key, values)` asks
 * for exactly the values its Dutch source text uses: `{name}` a string or number, `{n, plural, …}`
 * and `{n, selectordinal, …}` a number, `{who, select, …}` a string.
 *
 * The reader walks the message brace by brace in two alternating modes: in text a `{` opens an
 * argument and a `}` closes the sub-message of the enclosing plural or select; between the options
 * of a plural or select a `{` opens the next sub-message and a `}` closes the argument. It does not
 * know ICU quoting ('{' as a literal brace): the catalogue test rejects such texts.
 */
export type ArgumentValue = string | number;

type Trim<S extends string> = S extends ` ${infer R}` ? Trim<R> : S extends `${infer R} ` ? Trim<R> : S;

/** In text: the next `{` opens an argument, unless a `}` comes first (end of a sub-message). */
type InText<S extends string, Acc> = S extends `${infer Head}{${infer Tail}`
  ? Head extends `${string}}${infer AfterClose}`
    ? BetweenOptions<`${AfterClose}{${Tail}`, Acc>
    : InArgument<Tail, Acc>
  : S extends `${string}}${infer AfterClose}`
    ? BetweenOptions<AfterClose, Acc>
    : Acc;

/** Right after an argument's `{`: `name}` or `name, type}` or `name, type, style-or-options}`. */
type InArgument<S extends string, Acc> = S extends `${infer Name}}${infer Rest}`
  ? Name extends `${infer Simple},${infer Typed}`
    ? Typed extends `${infer Type},${infer Options}`
      ? Trim<Type> extends 'plural' | 'selectordinal'
        ? BetweenOptions<`${Options}}${Rest}`, Acc & { [K in Trim<Simple>]: number }>
        : Trim<Type> extends 'select'
          ? BetweenOptions<`${Options}}${Rest}`, Acc & { [K in Trim<Simple>]: string }>
          : InText<Rest, Acc & { [K in Trim<Simple>]: ArgumentValue }>
      : InText<Rest, Acc & { [K in Trim<Simple>]: ArgumentValue }>
    : InText<Rest, Acc & { [K in Trim<Name>]: ArgumentValue }>
  : Acc;

/** Between a plural's or select's options: `key {` opens a sub-message, a lone `}` ends the argument. */
type BetweenOptions<S extends string, Acc> = S extends `${infer Head}{${infer Tail}`
  ? Head extends `${string}}${infer AfterClose}`
    ? InText<`${AfterClose}{${Tail}`, Acc>
    : InText<Tail, Acc>
  : S extends `${string}}${infer AfterClose}`
    ? InText<AfterClose, Acc>
    : Acc;

type Flatten<T> = { [K in keyof T]: T[K] };

/** `{ name: string | number; n: number }` for "Hoi {name}, {n, plural, one {# doel} other {# doelen}}". */
export type ArgumentsOf<Message extends string> = Flatten<InText<Message, unknown>>;
