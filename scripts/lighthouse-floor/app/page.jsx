import Link from 'next/link';
import { connection } from 'next/server';

/** Rendered per request, as every storefront page is: a heading, a sentence and two links. */
export default async function Page() {
  await connection();
  return (
    <main>
      <h1>You do not have access to this page</h1>
      <p>Your account does not have the role this area needs.</p>
      <Link href="/">Home</Link> <Link href="/">Try again</Link>
    </main>
  );
}
