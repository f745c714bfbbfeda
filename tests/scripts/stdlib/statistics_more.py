import statistics as st, random
from fractions import Fraction as F
rng = random.Random(7)
xs = [rng.random() * 10 for _ in range(20)]
ys = [2 * x + rng.random() for x in xs]
print(st.geometric_mean([54, 24, 36]), st.geometric_mean(xs), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]))  # expect: 36.000000000000014 2.5873442063436514 48.0 56.0
print(st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([F(1, 2), F(1, 3)]), st.harmonic_mean([5]), st.harmonic_mean([1, 0, 3]), st.harmonic_mean(xs))  # expect: 3.6 2/5 5 0 1.5846461778816248
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=1), st.median_grouped([1, 3, 3, 5, 7], interval=2), st.median_grouped([7]), st.median_grouped([2.5, 3.5, 3.5, 4.0, 1.0]))  # expect: 52.5 3.25 3.5 7.0 3.25
print(st.covariance(xs, ys), st.correlation(xs, ys), st.covariance([1, 2, 3], [1, 2, 4]))  # expect: 14.709345433885487 0.9986943747280517 1.5
r = st.linear_regression(xs, ys)
print(r, r.slope, r.intercept, st.linear_regression([1, 2, 3], [2, 4, 7], proportional=True))  # expect: LinearRegression(slope=2.0230629179904276, intercept=0.32490875962287635) 2.0230629179904276 0.32490875962287635 LinearRegression(slope=2.2142857142857144, intercept=0.0)
slope, intercept = st.linear_regression([1, 2, 3, 4], [3, 5, 7, 9])
print(slope, intercept)  # expect: 2.0 1.0
for bad in [lambda: st.geometric_mean([]), lambda: st.geometric_mean([1, -1]), lambda: st.harmonic_mean([]), lambda: st.harmonic_mean([1, -2]), lambda: st.harmonic_mean([-1]),
            lambda: st.harmonic_mean([1, 2], weights=[1]), lambda: st.median_grouped([]), lambda: st.covariance([1], [1]), lambda: st.covariance([1, 2], [1]),
            lambda: st.correlation([1, 1], [1, 2]), lambda: st.linear_regression([1, 1], [1, 2]), lambda: st.linear_regression([1], [2]), lambda: st.median_grouped(['a', 'b'])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)  # expect: StatisticsError geometric mean requires a non-empty dataset containing positive numbers
        # expect: StatisticsError geometric mean requires a non-empty dataset containing positive numbers
        # expect: StatisticsError harmonic_mean requires at least one data point
        # expect: StatisticsError harmonic mean does not support negative values
        # expect: StatisticsError harmonic mean does not support negative values
        # expect: StatisticsError Number of weights does not match data size
        # expect: StatisticsError no median for empty data
        # expect: StatisticsError covariance requires at least two data points
        # expect: StatisticsError covariance requires that both inputs have same number of data points
        # expect: StatisticsError at least one of the inputs is constant
        # expect: StatisticsError x is constant
        # expect: StatisticsError linear regression requires at least two data points
        # expect: TypeError Value cannot be converted to a float
