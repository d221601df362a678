/**
 * Demo sign-ins created by the demo seed. Development only: `npm start` prints them, production
 * never seeds demo data.
 */
export interface DemoAccount {
  role: 'ADMIN' | 'BUYER' | 'SUPPLIER';
  label: string;
  email: string;
  password: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { role: 'ADMIN', label: 'Admin (Navet operator)', email: 'admin@navet.demo', password: 'navet-demo-admin-2026' },
  { role: 'BUYER', label: 'Buyer, verified (Demo kommun)', email: 'buyer@navet.demo', password: 'navet-demo-buyer-2026' },
  {
    role: 'BUYER',
    label: 'Buyer, not yet verified (Nya regionen)',
    email: 'newbuyer@navet.demo',
    password: 'navet-demo-newbuyer-2026',
  },
  {
    role: 'SUPPLIER',
    label: 'Supplier with a profile (Demo Innovation AB)',
    email: 'supplier@navet.demo',
    password: 'navet-demo-supplier-2026',
  },
];
