package org.crystallite.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Text helpers for {@link HtmlReport}: escaping, URL paths and number display. */
final class Html {

    /** Significant digits shown for floating-point numbers on the page (CSV keeps them all). */
    static final int DISPLAY_DIGITS = 6;

    private static final MathContext DISPLAY = new MathContext(DISPLAY_DIGITS);
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Html() {
    }

    /** Escapes text for element content and quoted attribute values (HTML 5 §13.1.2.6 / §13.5). */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A relative URL for {@code relative} (a relative file path): segments joined by '/', every byte
     * outside the RFC 3986 "unreserved" set percent-encoded, so spaces, '#', '?' and ':' in file
     * names cannot change the meaning of the link.
     */
    static String relativeUrl(Path relative) {
        StringBuilder url = new StringBuilder();
        for (Path segment : relative) {
            if (url.length() > 0) {
                url.append('/');
            }
            for (byte b : segment.toString().getBytes(StandardCharsets.UTF_8)) {
                int c = b & 0xFF;
                boolean unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                        || c == '-' || c == '.' || c == '_' || c == '~';
                if (unreserved) {
                    url.append((char) c);
                } else {
                    url.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
                }
            }
        }
        return url.toString();
    }

    /**
     * How a cell or value reads on the page: floating-point numbers rounded to {@value #DISPLAY_DIGITS}
     * significant digits (plain notation from 10⁻⁴ to 10⁷, scientific outside), other values as text.
     */
    static String display(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (!Double.isFinite(number)) {
                return Double.toString(number);
            }
            if (number == 0) {
                return "0";
            }
            BigDecimal rounded = BigDecimal.valueOf(number).round(DISPLAY).stripTrailingZeros();
            double magnitude = Math.abs(number);
            return magnitude >= 1e-4 && magnitude < 1e7 ? rounded.toPlainString() : rounded.toString();
        }
        return value.toString();
    }

    static boolean isNumber(Object value) {
        return value instanceof Number;
    }
}
