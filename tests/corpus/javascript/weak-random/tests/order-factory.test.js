/**
 * Randomised order fixtures for the pricing tests.
 */
'use strict';

function fakeOrders(count) {
    return Array.from({ length: count }, (_, i) => ({ sku: `SKU-${i}`, qty: 1 + Math.floor(Math.random() * 9) }));
}

test('totals are positive', () => {
    expect(fakeOrders(20).every((o) => o.qty > 0)).toBe(true);
});
