import { Card, CardContent, CardDescription, CardFooter, CardHeader } from '@/components/ui/card';

/** The card every sign-in and token page sits in. */
export function AuthCard({
  title,
  description,
  footer,
  children,
}: {
  title: string;
  description?: string;
  footer?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <Card>
      <CardHeader>
        <h1 className="text-xl leading-tight font-semibold">{title}</h1>
        {description ? <CardDescription>{description}</CardDescription> : null}
      </CardHeader>
      <CardContent className="grid gap-4">{children}</CardContent>
      {footer ? (
        <CardFooter className="flex flex-wrap gap-x-4 gap-y-2 text-sm">{footer}</CardFooter>
      ) : null}
    </Card>
  );
}
