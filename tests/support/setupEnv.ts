// Tests must hold whatever zone the machine runs in: dates are computed in Asia/Shanghai.
import '@domain/zodLocale';
