package com.example.weakrandom;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Randomised order fixtures for the pricing tests.
 */
class OrderFactoryTest {
    @Test
    void generatedQuantitiesArePositive() {
        Random rng = new Random(1234L);
        for (int i = 0; i < 20; i++) {
            int qty = 1 + rng.nextInt(9);
            assertTrue(qty > 0);
        }
    }
}
