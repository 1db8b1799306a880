/**
 * The store keys live in the domain (@koers/domain storeKeys.ts), where both store adapters take
 * them from. Only the benchmark still imports them through this path.
 */
export { employeeKey } from '@koers/domain';
