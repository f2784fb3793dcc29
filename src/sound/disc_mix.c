#include "sound/disc_mix.h"

#include "sound/disc_rc.h"

void disc_rmix_init(disc_rmix *m, int n, const double *r, double rf, double cf, double c_amp, double rate)
{
    m->n = n < DISC_RMIX_MAX ? n : DISC_RMIX_MAX;
    n = m->n;
    m->g_total = 0;
    for (int i = 0; i < n; i++) {
        m->g[i] = 1.0 / r[i];
        m->g_total += m->g[i];
    }
    if (rf > 0)
        m->g_total += 1.0 / rf;
    m->k_f = cf > 0 ? 1.0 - disc_keep(1.0 / m->g_total * cf, rate) : 0;
    m->k_amp = c_amp > 0 ? 1.0 - disc_keep(100000.0 * c_amp, rate) : 0;
    m->v_f = m->v_amp = 0;
}

void disc_rmix_serialize(disc_rmix *m, state_io *io)
{
    st_f64(io, &m->v_f);
    st_f64(io, &m->v_amp);
}

static double parallel(double a, double b)
{
    return a * b / (a + b);
}

void disc_cv_mix_init(disc_cv_mix *m, double r1, double r2, double r3, double r4, double c, double v, double rate)
{
    double r_cv = parallel(5000.0, 10000.0); /* the 555's divider seen at CV */
    double r_in[2] = { parallel(r1 + r2, r3), parallel(r2, r3) };
    m->v = v;
    m->r3 = r3;
    m->i_in1[0] = v / (r1 + r2);
    m->i_in1[1] = 0;
    for (int s = 0; s < 2; s++) {
        m->r_total[s] = parallel(r_in[s] + r4, r_cv);
        m->k[s] = 1.0 - disc_keep(m->r_total[s] * c, rate);
    }
    m->out = 0;
}

void disc_cv_mix_serialize(disc_cv_mix *m, state_io *io)
{
    st_f64(io, &m->out);
}
