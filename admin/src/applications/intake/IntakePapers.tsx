import { Chip, Stack } from '@mui/material';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useEnumLabel } from '../../common/EnumText';
import { PaperPicker } from '../../common/PaperPicker';
import { nextPaperKind, type Paper } from './papers';

/**
 * The scans the applicant holds, picked before the case is registered (the kind first, then the
 * file); they are uploaded as soon as it is, wherever it was routed.
 */
export function IntakePapers({ papers, onChange }: { papers: Paper[]; onChange: (papers: Paper[]) => void }) {
  const label = useEnumLabel();
  const category: string | undefined = useWatch({ name: 'subject.category' });
  const [chosen, setKind] = useState<string | null>(null);
  // Until the officer picks a kind, the next one of the person's.
  const kind = chosen ?? nextPaperKind(papers, category);
  return (
    <Stack spacing={1} sx={{ mt: 1, mb: 1 }} data-testid="intake-papers">
      <PaperPicker
        kind={kind}
        onKind={setKind}
        onFile={(file) => {
          onChange([...papers, { kind, file }]);
          setKind(null);
        }}
        buttonLabel="app.intake.paper_pick"
        testId="paper"
      />
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
        {papers.map((paper, i) => (
          <Chip
            key={`${paper.kind}-${paper.file.name}-${i}`}
            label={`${label('DocumentKind', paper.kind)} · ${paper.file.name}`}
            onDelete={() => onChange(papers.filter((_, j) => j !== i))}
            data-testid="paper-picked"
          />
        ))}
      </Stack>
    </Stack>
  );
}
