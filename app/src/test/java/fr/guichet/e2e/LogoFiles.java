package fr.guichet.e2e;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Logo files an operator might pick: a valid small PNG, and an SVG carrying a script. */
final class LogoFiles {

    private LogoFiles() {
    }

    static Path smallPng(Path directory) throws IOException {
        Path png = directory.resolve("logo.png");
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, 32, 32);
        graphics.dispose();
        ImageIO.write(image, "png", png.toFile());
        return png;
    }

    static Path svgWithScript(Path directory) throws IOException {
        return Files.writeString(directory.resolve("logo.svg"), """
                <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>
                """);
    }
}
