import type { MarketItemWire, MarketPageWire } from '../api/types';
import { categoryDescriptions, categoryLabels } from '../utils/labels';
import { ItemCard } from './item-card';

const gridClass = 'grid grid-cols-[minmax(0,1fr)] gap-3 sm:grid-cols-2 lg:grid-cols-3';

interface ShelfProps {
  balance: number;
  onBuy: (item: MarketItemWire) => void;
}

/** The featured items, above the catalogue. */
export function FeaturedItems({ items, balance, onBuy }: ShelfProps & { items: MarketItemWire[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="market-featured" className="grid gap-3">
      <h2 id="market-featured" className="text-lg font-semibold">
        Featured
      </h2>
      <ul className={gridClass}>
        {items.map((item) => (
          <ItemCard key={item.id} item={item} balance={balance} onBuy={onBuy} />
        ))}
      </ul>
    </section>
  );
}

/** The catalogue, one shelf per category (Themes, Boosts, Streak shields, Cosmetics). */
export function Catalogue({ categories, balance, onBuy }: ShelfProps & { categories: MarketPageWire['categories'] }) {
  return (
    <>
      {categories
        .filter((c) => c.items.length > 0)
        .map(({ category, items }) => (
          <section key={category} aria-labelledby={`market-${category}`} className="grid gap-3">
            <div>
              <h2 id={`market-${category}`} className="text-lg font-semibold">
                {categoryLabels[category]}
              </h2>
              <p className="mt-0.5 text-sm text-muted">{categoryDescriptions[category]}</p>
            </div>
            <ul className={gridClass}>
              {items.map((item) => (
                <ItemCard key={item.id} item={item} balance={balance} onBuy={onBuy} />
              ))}
            </ul>
          </section>
        ))}
    </>
  );
}

/** Items suggested for the user, each with the reason ("20 coins away"). */
export function Recommendations({
  recommendations,
  balance,
  onBuy,
}: ShelfProps & { recommendations: MarketPageWire['recommendations'] }) {
  if (recommendations.length === 0) return null;
  return (
    <section aria-labelledby="market-recommended" className="grid gap-3">
      <h2 id="market-recommended" className="text-lg font-semibold">
        Suggested for you
      </h2>
      <ul className={gridClass}>
        {recommendations.map(({ item, reason }) => (
          <ItemCard key={item.id} item={item} balance={balance} onBuy={onBuy} reason={reason} />
        ))}
      </ul>
    </section>
  );
}
