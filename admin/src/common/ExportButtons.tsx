import DownloadIcon from '@mui/icons-material/Download';
import { Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useConsoleDataProvider } from '../dataProvider';
import { errorMessage } from '../dataProvider/graphql';

/** CSV and XLSX downloads of what the page shows, in the console's language, with a progress bar for large ones. */
export function ExportButtons({ path }: { path: (format: 'csv' | 'xlsx') => string }) {
  const dataProvider = useConsoleDataProvider();
  const notify = useNotify();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [progress, setProgress] = useState<{ done: number; total: number | null } | null>(null);
  const run = async (format: 'csv' | 'xlsx') => {
    setProgress({ done: 0, total: null });
    try {
      const url = path(format);
      const localized = `${url}${url.includes('?') ? '&' : '?'}lang=${encodeURIComponent(locale)}`;
      await dataProvider.exportFile(localized, (done, total) => setProgress({ done, total }));
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setProgress(null);
    }
  };
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Button
        size="small"
        startIcon={<DownloadIcon />}
        disabled={!!progress}
        onClick={() => run('csv')}
        data-testid="export-csv"
      >
        CSV
      </Button>
      <Button
        size="small"
        startIcon={<DownloadIcon />}
        disabled={!!progress}
        onClick={() => run('xlsx')}
        data-testid="export-xlsx"
      >
        XLSX
      </Button>
      {progress && (
        <Stack sx={{ width: 160 }}>
          <LinearProgress
            variant={progress.total ? 'determinate' : 'indeterminate'}
            value={progress.total ? Math.min(100, (100 * progress.done) / progress.total) : undefined}
          />
          <Typography variant="caption">
            {translate('app.export.progress', { done: progress.done, total: progress.total ?? '…' })}
          </Typography>
        </Stack>
      )}
    </Stack>
  );
}
