// The framework's floor for `npm run bench:lighthouse`: a bare Next app with one dynamic page and
// none of our layout, providers, styles or messages. The script copies it out of the project to build it.
export const metadata = { title: 'Floor', description: 'The trivial page of a bare Next app.' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: '2rem' }}>{children}</body>
    </html>
  );
}
