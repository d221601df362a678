import { Pagination, usePagination } from '@digdir/designsystemet-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** Page links for a long list (1-based pages). */
export function Pager({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  // usePagination keeps the first onChange it gets: call the latest onPage (it may close over new filters).
  const latest = useRef(onPage);
  latest.current = onPage;
  const {
    pages: items,
    prevButtonProps,
    nextButtonProps,
  } = usePagination({
    currentPage: page,
    totalPages: Math.max(pages, 1),
    showPages: 7,
    onChange: (_e, p) => latest.current(p),
  });
  if (pages <= 1) return null;
  return (
    <Pagination aria-label={t('pagination')}>
      <Pagination.List>
        <Pagination.Item>
          <Pagination.Button {...prevButtonProps} aria-label={t('previous')}>
            {t('previous')}
          </Pagination.Button>
        </Pagination.Item>
        {items.map(({ itemKey, buttonProps, page: p }) => (
          <Pagination.Item key={itemKey}>
            {typeof p === 'number' && (
              <Pagination.Button {...buttonProps} aria-label={t('pageOf', { page: p, pages })}>
                {p}
              </Pagination.Button>
            )}
          </Pagination.Item>
        ))}
        <Pagination.Item>
          <Pagination.Button {...nextButtonProps} aria-label={t('next')}>
            {t('next')}
          </Pagination.Button>
        </Pagination.Item>
      </Pagination.List>
    </Pagination>
  );
}
