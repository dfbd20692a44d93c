import type { Metadata } from 'next';

import { getTranslations } from 'next-intl/server';

import { ConversionModelCard } from '@/components/admin/conversion-model-card';
import { InterestModelCard } from '@/components/admin/interest-model-card';
import { ModelVersionsTable } from '@/components/admin/model-versions-table';
import { TrainModelForm } from '@/components/admin/train-model-form';
import { ServedModels } from '@/components/admin/served-models';
import { PageHeader } from '@/components/dashboard/page-header';
import { Card, CardContent, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Boxes } from '@/components/ui/icons';
import { rebuildRecsAction } from '@/lib/actions/admin/rebuild-recs';
import { requirePageRole } from '@/lib/auth/guards';
import { listModelVersionsForAdmin } from '@/lib/data/admin-models';
import { listInterestVersionsForAdmin } from '@/lib/data/interest-model-admin';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Admin.Models'))('metaTitle') };
}

export default async function AdminModelsPage() {
  const viewer = await requirePageRole('admin', '/admin/models');
  const [t, models, interest] = await Promise.all([
    getTranslations('Admin.Models'),
    listModelVersionsForAdmin(viewer),
    listInterestVersionsForAdmin(viewer),
  ]);
  return (
    <div className="grid gap-6">
      <PageHeader title={t('title')} description={t('description')} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 lg:col-span-2">
          <ServedModels served={models.served} />
        </div>
        <Card className="self-start">
          <CardHeader>
            <h2 className="text-base leading-tight font-semibold">{t('rebuildTitle')}</h2>
            <p className="text-muted-foreground text-sm">{t('rebuildHint')}</p>
          </CardHeader>
          <CardContent>
            <TrainModelForm
              action={rebuildRecsAction}
              label={t('rebuild')}
              pendingLabel={t('rebuilding')}
            />
          </CardContent>
        </Card>
      </div>
      <ConversionModelCard viewer={viewer} />
      <InterestModelCard versions={interest} />
      {models.versions.length === 0 ? (
        <EmptyState icon={<Boxes />} title={t('empty')} description={t('emptyHint')} />
      ) : (
        <ModelVersionsTable versions={models.versions} />
      )}
    </div>
  );
}
