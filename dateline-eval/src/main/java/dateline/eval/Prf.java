package dateline.eval;

/**
 * Precision, recall and F1 from counts. Precision and recall have their own numerators because a relaxed match may
 * pair one system item with several gold items (and the other way round).
 *
 * @param systemRight system items that match a gold item
 * @param system      system items
 * @param goldFound   gold items that some system item matches
 * @param gold        gold items
 */
public record Prf(int systemRight, int system, int goldFound, int gold) {
    public static final Prf ZERO = new Prf(0, 0, 0, 0);

    public double precision() {
        return system == 0 ? 0 : (double) systemRight / system;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) goldFound / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public Prf plus(Prf o) {
        return new Prf(systemRight + o.systemRight, system + o.system, goldFound + o.goldFound, gold + o.gold);
    }

    @Override
    public String toString() {
        return String.format("P %.3f R %.3f F1 %.3f (%d/%d found, %d/%d right)",
                precision(), recall(), f1(), goldFound, gold, systemRight, system);
    }
}
