import type { RouteObject } from 'react-router';
import { paths } from '../../app/paths';
import { SignInPage } from './sign-in-page';

/** This feature's screens (paths from app/paths.ts); screens load lazily to keep the first bundle small. */
export const routes: RouteObject[] = [{ path: paths.signIn, element: <SignInPage /> }];
