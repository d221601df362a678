import { InitialSchema1763700000000 } from './1763700000000-initial-schema';
import { MatchingAndNotifications1763800000000 } from './1763800000000-matching-and-notifications';

/** Every migration in order. New migrations are appended here. */
export const MIGRATIONS = [InitialSchema1763700000000, MatchingAndNotifications1763800000000];
